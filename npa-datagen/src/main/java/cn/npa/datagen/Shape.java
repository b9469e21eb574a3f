package cn.npa.datagen;

/**
 * How many lines a generated loan section carries: regions (0 leaves {@code byRegion} out; at most 36, the 31
 * provinces and 5 separate-plan cities), industries (1 to 20 GB/T 4754 sections) and clients (at least 10).
 */
public record Shape(int regions, int industries, int clients) {

    /** The intake benchmark's head-office report: every region, every industry, 30 clients. */
    public static final Shape FULL = new Shape(36, 20, 30);

    public Shape {
        if (regions < 0 || regions > 36 || industries < 1 || industries > 20 || clients < 10 || clients > ClientPool.SIZE) {
            throw new IllegalArgumentException("shape out of range: " + regions + " regions, " + industries
                    + " industries, " + clients + " clients");
        }
    }

    /** A realistic shape for a filer: national banks report many regions, a rural bank its home only, branches one. */
    public static Shape forFiler(InstitutionRow filer) {
        if (!"BANK_HEAD_OFFICE".equals(filer.kind())) {
            return new Shape(1, 12, 10);
        }
        String peer = filer.peerGroup() == null ? "" : filer.peerGroup();
        return switch (peer) {
            case "LARGE_COMMERCIAL" -> FULL;
            case "JOINT_STOCK" -> new Shape(30, 20, 25);
            case "CITY_COMMERCIAL" -> new Shape(3, 18, 15);
            case "FOREIGN" -> new Shape(6, 12, 12);
            default -> new Shape(1, 15, 12);
        };
    }
}
