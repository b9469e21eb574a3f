package cn.npa.common.web;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.RuleId;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MultivaluedMap;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The query parameters of an operation that are numbers, dates or ids, checked before the framework converts them:
 * a value it cannot convert would answer 404 ("no resource at this path"), which tells the caller nothing; this says
 * which parameter and what form it needs (400 PARAM).
 */
final class QueryParameterTypes {

    private static final Map<Method, Map<String, Class<?>>> TYPED = new ConcurrentHashMap<>();

    private QueryParameterTypes() {
    }

    static void check(Method method, MultivaluedMap<String, String> query, List<FieldError> errors) {
        if (method == null) {
            return;
        }
        TYPED.computeIfAbsent(method, QueryParameterTypes::typed).forEach((name, type) -> {
            String value = query.getFirst(name);
            if (value != null && !value.isEmpty() && !converts(value, type)) {
                errors.add(new FieldError(RuleId.PARAM, name, "must be " + form(type)));
            }
        });
    }

    private static Map<String, Class<?>> typed(Method method) {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        for (Parameter p : method.getParameters()) {
            QueryParam q = p.getAnnotation(QueryParam.class);
            if (q != null && !form(p.getType()).isEmpty()) {
                out.put(q.value(), p.getType());
            }
        }
        return Map.copyOf(out);
    }

    private static boolean converts(String value, Class<?> type) {
        try {
            if (type == Integer.class || type == int.class) {
                Integer.parseInt(value);
            } else if (type == Long.class || type == long.class) {
                Long.parseLong(value);
            } else if (type == LocalDate.class) {
                LocalDate.parse(value);
            } else if (type == UUID.class) {
                UUID.fromString(value);
            } else if (type == Boolean.class || type == boolean.class) {
                return value.equals("true") || value.equals("false");
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static String form(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number from -2147483648 to 2147483647";
        }
        if (type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == LocalDate.class) {
            return "a date YYYY-MM-DD";
        }
        if (type == UUID.class) {
            return "an id of the form 8-4-4-4-12 hexadecimal digits";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        return "";
    }
}
