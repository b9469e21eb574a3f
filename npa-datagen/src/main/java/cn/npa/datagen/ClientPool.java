package cn.npa.datagen;

import cn.npa.common.credit.CreditCodes;
import cn.npa.common.region.Provinces;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded pool of corporate borrowers with valid credit codes, names and groups. Banks draw their large clients
 * from the same pool, so a company can be a key client of several banks, as in life.
 */
final class ClientPool {

    static final int SIZE = 400;
    private static final String[] TRADE = {"Huaxin", "Zhongtai", "Hengda", "Jinlong", "Tianrui", "Xinghe", "Dongfang",
        "Yongsheng", "Changjiang", "Huarun", "Baoli", "Ruifeng", "Minsheng", "Kaiyuan", "Shengshi", "Guotai"};
    private static final String[] LINE = {"Manufacturing", "Construction", "Trading", "Real Estate", "Energy",
        "Logistics", "Steel", "Chemical", "Textile", "Machinery", "Investment", "Water Supply"};

    /** One borrower: its credit code, name and (for about a third) its group. */
    record Client(String id, String name, String groupId) {
    }

    private ClientPool() {
    }

    static Client client(long seed, int index) {
        SplittableRandom r = Alloc.rng(seed, "client-pool", 30, index);
        List<String> provinces = Provinces.mainland();
        String province = provinces.get(r.nextInt(provinces.size()));
        String division = province.substring(0, 2) + String.format("%02d", 1 + r.nextInt(9)) + "00";
        StringBuilder org = new StringBuilder();
        for (int i = 0; i < 9; i++) {
            org.append(CreditCodes.CHARSET.charAt(r.nextInt(i < 8 ? CreditCodes.CHARSET.length() : 10)));
        }
        String id = CreditCodes.complete("91" + division + org);
        String name = Provinces.PROVINCES.get(province) + " " + TRADE[r.nextInt(TRADE.length)] + " "
                + LINE[r.nextInt(LINE.length)] + " Co., Ltd. " + (index + 1);
        String group = r.nextInt(3) == 0 ? "GRP-" + String.format("%03d", index % 40) : null;
        return new Client(id, name, group);
    }

    /** The filer's own clients: a seeded pick from the pool, the same every period. */
    static List<Client> of(long seed, String filerCode, int count) {
        int[] order = new int[SIZE];
        for (int i = 0; i < SIZE; i++) {
            order[i] = i;
        }
        SplittableRandom r = Alloc.rng(seed, filerCode, 31, 0);
        for (int i = SIZE - 1; i > 0; i--) {
            int j = r.nextInt(i + 1);
            int t = order[i];
            order[i] = order[j];
            order[j] = t;
        }
        List<Client> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(client(seed, order[i]));
        }
        return out;
    }
}
