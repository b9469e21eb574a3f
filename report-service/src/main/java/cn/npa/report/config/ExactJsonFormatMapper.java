package cn.npa.report.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/**
 * How jsonb columns are read and written: with the service's one ObjectMapper (exact decimals, customised by
 * {@link cn.npa.common.json.ExactNumbers}), so figures stored as jsonb come back as they were filed.
 */
@JsonFormat
@PersistenceUnitExtension
public class ExactJsonFormatMapper implements FormatMapper {

    private final FormatMapper delegate;

    public ExactJsonFormatMapper(ObjectMapper json) {
        this.delegate = new JacksonJsonFormatMapper(json);
    }

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        return delegate.fromString(charSequence, javaType, wrapperOptions);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        return delegate.toString(value, javaType, wrapperOptions);
    }
}
