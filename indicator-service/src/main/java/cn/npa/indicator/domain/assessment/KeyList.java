package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.keylist.KeyClient;
import cn.npa.indicator.domain.keylist.KeyInstitution;
import java.util.List;

/** A regulator's key institutions (K1–K4) and key clients (K5–K7) for one period, at one level of the bank tree. */
public record KeyList(String regulatorCode, Level level, int unitsConsidered, List<KeyInstitution> institutions,
                      List<KeyClient> clients) {

    public KeyList {
        institutions = List.copyOf(institutions);
        clients = List.copyOf(clients);
    }
}
