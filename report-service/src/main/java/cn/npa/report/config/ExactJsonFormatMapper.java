package cn.npa.report.config;

import cn.npa.common.json.ExactNumbers;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.quarkus.hibernate.orm.JsonFormat;
import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.type.descriptor.WrapperOptions;
import org.hibernate.type.descriptor.java.JavaType;
import org.hibernate.type.format.FormatMapper;
import org.hibernate.type.format.jackson.JacksonJsonFormatMapper;

/** How jsonb columns are read and written: with exact decimals, so figures stored as jsonb come back as they were filed. */
@JsonFormat
@PersistenceUnitExtension
public class ExactJsonFormatMapper implements FormatMapper {

    private final FormatMapper delegate = new JacksonJsonFormatMapper(ExactNumbers.apply(new ObjectMapper().registerModule(new JavaTimeModule())));

    @Override
    public <T> T fromString(CharSequence charSequence, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        return delegate.fromString(charSequence, javaType, wrapperOptions);
    }

    @Override
    public <T> String toString(T value, JavaType<T> javaType, WrapperOptions wrapperOptions) {
        return delegate.toString(value, javaType, wrapperOptions);
    }
}
