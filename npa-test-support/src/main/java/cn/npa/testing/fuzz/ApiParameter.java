package cn.npa.testing.fuzz;

import com.fasterxml.jackson.databind.JsonNode;

/** A path, query or header parameter of an operation, with its (resolved) schema. */
public record ApiParameter(String name, String in, JsonNode schema, boolean required) {

    public boolean inPath() {
        return "path".equals(in);
    }

    public boolean inQuery() {
        return "query".equals(in);
    }

    public boolean inHeader() {
        return "header".equals(in);
    }
}
