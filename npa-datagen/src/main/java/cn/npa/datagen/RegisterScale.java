package cn.npa.datagen;

import java.util.Map;

/**
 * How big a generated register is: banks per peer group, provinces per bank, and the outlet fan-out.
 * {@link #DEMO} is small enough to read; {@link #NATIONAL} has about 4,600 head offices and 230,000 outlets.
 */
public record RegisterScale(Map<String, Integer> banksPerPeerGroup, Map<String, Integer> provincesPerBank,
                            int branchesPerGradeOne, int subBranchesPerBranch, int subBureausPerBureau) {

    public static final RegisterScale DEMO = new RegisterScale(
            Map.of("LARGE_COMMERCIAL", 2, "JOINT_STOCK", 2, "CITY_COMMERCIAL", 2, "RURAL_COMMERCIAL", 2, "PRIVATE", 1, "FOREIGN", 1),
            Map.of("LARGE_COMMERCIAL", 5, "JOINT_STOCK", 3, "CITY_COMMERCIAL", 1, "RURAL_COMMERCIAL", 1, "PRIVATE", 1, "FOREIGN", 2),
            2, 2, 2);

    public static final RegisterScale NATIONAL = new RegisterScale(
            Map.of("LARGE_COMMERCIAL", 6, "JOINT_STOCK", 12, "CITY_COMMERCIAL", 134, "RURAL_COMMERCIAL", 4388, "PRIVATE", 19, "FOREIGN", 41),
            Map.of("LARGE_COMMERCIAL", 36, "JOINT_STOCK", 30, "CITY_COMMERCIAL", 2, "RURAL_COMMERCIAL", 1, "PRIVATE", 1, "FOREIGN", 6),
            -1, -1, -1);

    /** Branches under one grade-one branch for a peer group; the national scale uses real-world-like fan-outs. */
    int branchesPerGradeOne(String peerGroup) {
        if (branchesPerGradeOne >= 0) {
            return branchesPerGradeOne;
        }
        return switch (peerGroup) {
            case "LARGE_COMMERCIAL" -> 14;
            case "JOINT_STOCK" -> 8;
            case "CITY_COMMERCIAL" -> 8;
            case "FOREIGN" -> 1;
            default -> 2;
        };
    }

    /** Sub-branches under one branch for a peer group. */
    int subBranchesPerBranch(String peerGroup) {
        if (subBranchesPerBranch >= 0) {
            return subBranchesPerBranch;
        }
        return switch (peerGroup) {
            case "LARGE_COMMERCIAL" -> 21;
            case "JOINT_STOCK" -> 4;
            case "CITY_COMMERCIAL" -> 8;
            case "FOREIGN" -> 2;
            case "PRIVATE" -> 2;
            default -> 13;
        };
    }

    /** Sub-bureaus per bureau: the demo uses a fixed small number, national the province's prefecture count. */
    int subBureaus(int prefectures) {
        return subBureausPerBureau >= 0 ? Math.min(subBureausPerBureau, prefectures) : prefectures;
    }
}
