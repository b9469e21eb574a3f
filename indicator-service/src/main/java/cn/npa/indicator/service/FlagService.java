package cn.npa.indicator.service;

import cn.npa.common.problem.FieldError;
import cn.npa.common.problem.ProblemException;
import cn.npa.common.problem.ProblemKind;
import cn.npa.common.problem.RuleId;
import cn.npa.common.security.Caller;
import cn.npa.common.security.Roles;
import cn.npa.common.time.Shanghai;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.Flag;
import cn.npa.indicator.repository.FlagRepository;
import cn.npa.indicator.repository.NodeQueries;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Supervisors' flags for K4 (domain §7): a bureau flags units of its jurisdiction, the CBRC any unit, each flag with a
 * reason and the date it refers to; a flag is lifted with a reason, never deleted, so its history stays. The unit is
 * looked up in the latest figures it appears in; a unit outside a bureau's jurisdiction answers as if unknown (404).
 */
@ApplicationScoped
public class FlagService {

    private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,40}");

    private final FlagRepository flags;
    private final NodeQueries nodes;
    private final Clock clock;

    public FlagService(FlagRepository flags, NodeQueries nodes, Clock clock) {
        this.flags = flags;
        this.nodes = nodes;
        this.clock = clock;
    }

    @Transactional
    public Flag set(String unitCode, String reason, LocalDate flaggedOn, Caller caller) {
        LocalDate today = Shanghai.today(clock);
        List<FieldError> errors = new ArrayList<>();
        if (unitCode == null || !CODE.matcher(unitCode).matches()) {
            errors.add(new FieldError(RuleId.FLAG, "$.unitCode", "unitCode is the code of a bank unit (2 to 40 characters from A-Z, 0-9 and -)"));
        }
        text(reason, "$.reason", errors);
        if (flaggedOn != null && flaggedOn.isAfter(today)) {
            errors.add(new FieldError(RuleId.FLAG, "$.flaggedOn", "flaggedOn must not lie in the future (today is " + today + ")"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("The flag breaks " + errors.size() + " rule(s); nothing was stored.", errors);
        }
        NodeLinks unit = nodes.latestAppearance(unitCode).orElseThrow(() -> unknown(unitCode));
        if (!unit.kind().isBank()) {
            throw ProblemException.invalid("Only bank units are flagged.", List.of(new FieldError(RuleId.FLAG, "$.unitCode",
                    "'" + unitCode + "' is a " + unit.kind() + "; K4 flags are set on banks and their branches")));
        }
        List<String> path = regulatorPath(unit);
        if (!caller.is(Roles.CBRC) && !path.contains(caller.institution())) {
            throw unknown(unitCode);
        }
        long id = flags.insert(unitCode, reason.strip(), flaggedOn == null ? today : flaggedOn, path, caller.subject(),
                caller.institution(), OffsetDateTime.now(clock));
        return flags.find(id).orElseThrow();
    }

    @Transactional
    public Flag lift(long id, String reason, Caller caller) {
        Flag f = flags.lock(id).filter(x -> visible(x, caller)).orElseThrow(() -> ProblemException.notFound("No flag " + id + "."));
        List<FieldError> errors = new ArrayList<>();
        text(reason, "$.reason", errors);
        if (!errors.isEmpty()) {
            throw ProblemException.invalid("Lifting a flag needs a reason; nothing was changed.", errors);
        }
        if (!f.isActive()) {
            throw ProblemException.conflict("Flag " + id + " was lifted on " + f.liftedAt() + "; set a new flag instead.");
        }
        flags.lift(id, caller.subject(), reason.strip(), OffsetDateTime.now(clock));
        return flags.find(id).orElseThrow();
    }

    @Transactional
    public Flag find(long id, Caller caller) {
        return flags.find(id).filter(f -> visible(f, caller)).orElseThrow(() -> ProblemException.notFound("No flag " + id + "."));
    }

    @Transactional
    public List<Flag> page(String unit, Boolean active, Caller caller, int offset, int limit) {
        return flags.page(regulatorFilter(caller), unit, active, offset, limit);
    }

    @Transactional
    public long count(String unit, Boolean active, Caller caller) {
        return flags.count(regulatorFilter(caller), unit, active);
    }

    private static String regulatorFilter(Caller caller) {
        return caller.readsAll() ? null : caller.institution() == null ? "-" : caller.institution();
    }

    private static boolean visible(Flag f, Caller caller) {
        return caller.readsAll() || caller.is(Roles.BUREAU) && f.regulatorPath().contains(caller.institution());
    }

    /** The regulators above a unit in the load it was found in: its supervisor, that one's supervisor, up to the CBRC. */
    private List<String> regulatorPath(NodeLinks unit) {
        Map<String, String> up = new HashMap<>();
        nodes.latestLoadOf(unit.code()).ifPresent(load -> nodes.regulators(load).forEach(r -> up.put(r.code(), r.supervisorCode())));
        List<String> path = new ArrayList<>();
        String at = unit.supervisorCode();
        while (at != null && !path.contains(at) && path.size() < 16) {
            path.add(at);
            at = up.get(at);
        }
        return path;
    }

    private static void text(String reason, String path, List<FieldError> errors) {
        if (reason == null || reason.isBlank() || reason.strip().length() > 500 || !usable(reason)) {
            errors.add(new FieldError(RuleId.FLAG, path, "a reason of 1 to 500 characters is required, without control characters"));
        }
    }

    private static boolean usable(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x20 && c != '\n' || c == 0x7f) {
                return false;
            }
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static ProblemException unknown(String unitCode) {
        return new ProblemException(ProblemKind.NOT_FOUND, "No unit '" + unitCode + "' in the figures of your jurisdiction.",
                List.of(new FieldError(RuleId.FLAG, "$.unitCode", "no bank unit '" + unitCode + "' is known in your jurisdiction")));
    }
}
