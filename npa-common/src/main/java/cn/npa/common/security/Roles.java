package cn.npa.common.security;

import java.util.Set;

/**
 * The roles a token's {@code groups} claim carries (architecture spec, Security), as constants usable in
 * {@code @RolesAllowed}. Annotation arrays cannot be constants, so an endpoint lists the roles it allows; the usual lists:
 * <ul>
 *   <li>everyone: {@code {ADMIN, CBRC, BUREAU, BANK, SERVICE}} (the service then narrows to the caller's scope);</li>
 *   <li>regulators and services: {@code {ADMIN, CBRC, BUREAU, SERVICE}} (no bank);</li>
 *   <li>readers of everything ({@link #READ_EVERYTHING}): {@code {CBRC, ADMIN, SERVICE}};</li>
 *   <li>filers: {@code {BANK, BUREAU}}.</li>
 * </ul>
 */
public final class Roles {

    /** A bank: files and reads for its own institution and those below it in the bank tree. */
    public static final String BANK = "bank";
    /** A regulatory bureau: reads its jurisdiction, files bureau reports, sets branch deadlines and waivers. */
    public static final String BUREAU = "bureau";
    /** The CBRC: reads everything, files nothing for banks. */
    public static final String CBRC = "cbrc";
    /** An administrator: the register and the calendar. */
    public static final String ADMIN = "admin";
    /** One of our own services (e.g. the outbox relay calling the report service). */
    public static final String SERVICE = "service";

    /** The roles that read everything, whatever the institution: the CBRC, administrators and our own services. */
    public static final Set<String> READ_EVERYTHING = Set.of(CBRC, ADMIN, SERVICE);

    private Roles() {
    }
}
