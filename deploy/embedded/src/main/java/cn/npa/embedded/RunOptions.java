package cn.npa.embedded;

import java.util.List;

/** The embedded run's command line: {@code --fresh} starts from an empty database; {@code --help} says so. */
record RunOptions(boolean fresh, boolean help) {

    static final String USAGE = """
            usage: deploy/run-embedded.sh [--rebuild] [--fresh] [--help]
              (no flag)  keep the data of the last run: the database, what anyone filed, the demo; the demo is
                         loaded only into an empty database
              --fresh    delete the database and the logs of the last run first, then load the demo again
              --rebuild  (run-embedded.sh) build even when no source is newer than the built jars
              --help     this text
            The run folder is deploy/embedded/run/ (database pgdata/, logs logs/, dev keys dev-keys/).
            Settings, as Java options: JAVA_OPTS="-Dnpa.seed=2004 -Dnpa.pg.port=55432 -Dnpa.port=8081 -Dnpa.service.heap=1g" deploy/run-embedded.sh
            (the seed applies when the demo is loaded, i.e. into an empty database; npa.port is the submission service's,
            the indicator and report services take the next two; -Dnpa.run.dir=<folder> runs in another folder;
            -Dnpa.service.class-data=false starts the services without their class-data archives).""";

    /** Reads the arguments; an unknown one is an error that names it and shows the usage. */
    static RunOptions parse(String... args) {
        boolean fresh = false;
        boolean help = false;
        for (String a : List.of(args)) {
            switch (a) {
                case "--fresh" -> fresh = true;
                case "--help", "-h" -> help = true;
                default -> throw new IllegalArgumentException("unknown option " + a + "\n" + USAGE);
            }
        }
        return new RunOptions(fresh, help);
    }
}
