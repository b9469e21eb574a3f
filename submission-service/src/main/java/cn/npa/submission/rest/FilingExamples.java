package cn.npa.submission.rest;

import cn.npa.submission.domain.filing.FilingReader;
import cn.npa.submission.domain.period.ReportType;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.examples.Example;

/** Puts the complete filing example of every report type (filing-examples/TYPE.json) into the OpenAPI document. */
@OpenApiFilter
public class FilingExamples implements OASFilter {

    /** Where the example bodies live on the class path; the file of a report type is its name plus ".json". */
    public static final String FOLDER = "filing-examples/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        // Parsed with BigDecimal so that 8000.00 is served as 8000.00, never as a binary double.
        ObjectMapper json = FilingReader.mapper();
        for (ReportType type : ReportType.values()) {
            Example example = openAPI.getComponents().getExamples() == null ? null
                    : openAPI.getComponents().getExamples().get(type.name());
            if (example == null) {
                example = OASFactory.createExample().summary(type.name());
                openAPI.getComponents().addExample(type.name(), example);
            }
            example.setValue(read(json, FOLDER + type.name() + ".json"));
        }
    }

    private static Object read(ObjectMapper json, String resource) {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        try (InputStream in = (loader == null ? FilingExamples.class.getClassLoader() : loader).getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing filing example " + resource);
            }
            return json.readValue(in, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable filing example " + resource, e);
        }
    }
}
