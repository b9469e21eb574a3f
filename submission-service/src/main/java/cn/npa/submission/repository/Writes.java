package cn.npa.submission.repository;

import cn.npa.common.db.Jdbc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Data-modifying statements collected to be sent to PostgreSQL as one ({@code with w0 as (…), w1 as (…) select 1}): one
 * round trip instead of one per statement. They run on one snapshot, so none may read or touch another's rows (a foreign
 * key to a row inserted by a sibling is fine: constraints are checked at the end of the statement).
 */
public final class Writes {

    private final List<String> statements = new ArrayList<>();
    private final List<Object> args = new ArrayList<>();

    /** Adds one insert, update or delete (no trailing semicolon), with its {@code ?} parameters. */
    public Writes add(String statement, Object... parameters) {
        statements.add(statement);
        Collections.addAll(args, parameters);
        return this;
    }

    public boolean isEmpty() {
        return statements.isEmpty();
    }

    /** Runs the collected statements in one round trip, in the caller's transaction; nothing happens when there are none. */
    public void execute(Jdbc jdbc) {
        if (!isEmpty()) {
            jdbc.execute(sql(), args());
        }
    }

    /** The one statement that runs them all. */
    String sql() {
        if (statements.size() == 1) {
            return statements.get(0);
        }
        StringBuilder sql = new StringBuilder("with ");
        for (int i = 0; i < statements.size(); i++) {
            sql.append(i == 0 ? "" : ", ").append('w').append(i).append(" as (").append(statements.get(i)).append(')');
        }
        return sql.append(" select 1").toString();
    }

    Object[] args() {
        return args.toArray();
    }
}
