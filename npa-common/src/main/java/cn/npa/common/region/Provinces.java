package cn.npa.common.region;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The provincial-level divisions of GB/T 2260 and the five cities with separate plans that have their own bureau. */
public final class Provinces {

    /** Province code to English name, in GB/T 2260 order. */
    public static final Map<String, String> PROVINCES;
    /** Cities with separate plans (计划单列市): each has a bureau of its own beside its province's. */
    public static final Map<String, String> SEPARATE_PLAN_CITIES = Map.of(
            "210200", "Dalian", "330200", "Ningbo", "350200", "Xiamen", "370200", "Qingdao", "440300", "Shenzhen");
    /** Approximate prefecture counts, used to lay out sub-bureaus (about 300 in all). */
    public static final Map<String, Integer> PREFECTURES;

    private static final Pattern SIX_DIGITS = Pattern.compile("\\d{6}");

    static {
        Object[][] rows = {
            {"110000", "Beijing", 0}, {"120000", "Tianjin", 0}, {"130000", "Hebei", 11}, {"140000", "Shanxi", 11},
            {"150000", "Inner Mongolia", 12}, {"210000", "Liaoning", 13}, {"220000", "Jilin", 9},
            {"230000", "Heilongjiang", 13}, {"310000", "Shanghai", 0}, {"320000", "Jiangsu", 13},
            {"330000", "Zhejiang", 10}, {"340000", "Anhui", 16}, {"350000", "Fujian", 8}, {"360000", "Jiangxi", 11},
            {"370000", "Shandong", 15}, {"410000", "Henan", 17}, {"420000", "Hubei", 13}, {"430000", "Hunan", 14},
            {"440000", "Guangdong", 19}, {"450000", "Guangxi", 14}, {"460000", "Hainan", 4}, {"500000", "Chongqing", 5},
            {"510000", "Sichuan", 21}, {"520000", "Guizhou", 9}, {"530000", "Yunnan", 16}, {"540000", "Tibet", 7},
            {"610000", "Shaanxi", 10}, {"620000", "Gansu", 14}, {"630000", "Qinghai", 8}, {"640000", "Ningxia", 5},
            {"650000", "Xinjiang", 14}, {"710000", "Taiwan", 0}, {"810000", "Hong Kong", 0}, {"820000", "Macao", 0},
        };
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, Integer> prefectures = new LinkedHashMap<>();
        for (Object[] row : rows) {
            names.put((String) row[0], (String) row[1]);
            prefectures.put((String) row[0], (Integer) row[2]);
        }
        PROVINCES = java.util.Collections.unmodifiableMap(names);
        PREFECTURES = java.util.Collections.unmodifiableMap(prefectures);
    }

    private Provinces() {
    }

    /** The 31 mainland provinces, where the CBRC has bureaus. */
    public static List<String> mainland() {
        return PROVINCES.keySet().stream().filter(c -> c.compareTo("700000") < 0).toList();
    }

    /** True when the code has six digits and lies in a real GB/T 2260 province. */
    public static boolean isValidRegion(String code) {
        return code != null && SIX_DIGITS.matcher(code).matches() && PROVINCES.containsKey(provinceOf(code));
    }

    /** The province a region code belongs to, e.g. 440300 gives 440000. */
    public static String provinceOf(String code) {
        return code.substring(0, 2) + "0000";
    }
}
