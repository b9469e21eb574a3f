package cn.npa.datagen;

import java.util.Map;
import java.util.SplittableRandom;

/**
 * What drives one filer's figures: its size at {@link Trajectory#EPOCH} (in fen, by peer group and unit kind), its
 * usual NPL ratio, and whether its bank goes through a deterioration cycle (decided by the seed, about one bank in six).
 */
record BankProfile(String peerGroup, String bankCode, long startLoans, double baseRatio, boolean stressed, int stressPhase) {

    static final int STRESS_ODDS = 6;
    private static final Map<String, String> PEER_BY_PREFIX = Map.of("LC", "LARGE_COMMERCIAL", "JS", "JOINT_STOCK",
            "CC", "CITY_COMMERCIAL", "RC", "RURAL_COMMERCIAL", "PV", "PRIVATE", "FB", "FOREIGN");

    static BankProfile of(InstitutionRow filer, long seed) {
        String bank = filer.code().contains("-") ? filer.code().substring(0, filer.code().indexOf('-')) : filer.code();
        String peer = filer.peerGroup() != null ? filer.peerGroup()
                : PEER_BY_PREFIX.getOrDefault(bank.length() >= 2 ? bank.substring(0, 2) : "", "CITY_COMMERCIAL");
        SplittableRandom size = Alloc.rng(seed, filer.code(), 1, 0);
        double[] range = yuanRange(peer);
        double yuan = range[0] + (range[1] - range[0]) * size.nextDouble();
        long loans = Math.round(yuan * unitShare(filer.kind(), size) * 100);
        SplittableRandom bankRng = Alloc.rng(seed, bank, 2, 0);
        double[] ratio = ratioRange(peer);
        double base = ratio[0] + (ratio[1] - ratio[0]) * bankRng.nextDouble();
        boolean stressed = bankRng.nextInt(STRESS_ODDS) == 0;
        int phase = bankRng.nextInt(Trajectory.STRESS_CYCLE);
        double unitNoise = filer.code().equals(bank) ? 0 : (size.nextDouble() - 0.5) * 0.004;
        return new BankProfile(peer, bank, Math.max(loans, 100_000_000L), Math.max(0.003, base + unitNoise), stressed, phase);
    }

    /**
     * The profile of an outlet that holds about {@code share} of its bank's book: the bank's size is the same draw as
     * its head office's (so a bank's outlets add up to about its head office), times the share, times the outlet's own
     * noise of 0.6 to 1.4; ratio and stress as for any unit of the bank.
     */
    static BankProfile outlet(InstitutionRow unit, long seed, double share) {
        BankProfile usual = of(unit, seed);
        double[] range = yuanRange(usual.peerGroup());
        double bankYuan = range[0] + (range[1] - range[0]) * Alloc.rng(seed, usual.bankCode(), 1, 0).nextDouble();
        double noise = 0.6 + 0.8 * Alloc.rng(seed, unit.code(), 3, 0).nextDouble();
        long loans = Math.round(bankYuan * share * noise * 100);
        return new BankProfile(usual.peerGroup(), usual.bankCode(), Math.max(loans, 100_000_000L), usual.baseRatio(),
                usual.stressed(), usual.stressPhase());
    }

    /** Total loans of a head office at the epoch, in yuan: trillions for large banks, billions for rural banks. */
    private static double[] yuanRange(String peer) {
        return switch (peer) {
            case "LARGE_COMMERCIAL" -> new double[] {6e12, 1.4e13};
            case "JOINT_STOCK" -> new double[] {1.2e12, 3.5e12};
            case "CITY_COMMERCIAL" -> new double[] {6e10, 5e11};
            case "RURAL_COMMERCIAL" -> new double[] {2e9, 2e10};
            case "PRIVATE" -> new double[] {1e10, 8e10};
            case "FOREIGN" -> new double[] {1.5e10, 1e11};
            default -> new double[] {5e10, 2e11};
        };
    }

    /** NPL ratio around which the bank's path drifts. */
    private static double[] ratioRange(String peer) {
        return switch (peer) {
            case "LARGE_COMMERCIAL" -> new double[] {0.012, 0.016};
            case "JOINT_STOCK" -> new double[] {0.012, 0.018};
            case "CITY_COMMERCIAL" -> new double[] {0.013, 0.022};
            case "RURAL_COMMERCIAL" -> new double[] {0.018, 0.030};
            case "PRIVATE" -> new double[] {0.010, 0.018};
            case "FOREIGN" -> new double[] {0.006, 0.012};
            default -> new double[] {0.012, 0.020};
        };
    }

    /** The part of its bank's book a unit holds. */
    private static double unitShare(String kind, SplittableRandom rng) {
        double noise = 0.6 + 0.8 * rng.nextDouble();
        return switch (kind) {
            case "BRANCH_GRADE_ONE" -> 0.04 * noise;
            case "BRANCH" -> 0.006 * noise;
            case "SUB_BRANCH" -> 0.001 * noise;
            default -> 1.0;
        };
    }
}
