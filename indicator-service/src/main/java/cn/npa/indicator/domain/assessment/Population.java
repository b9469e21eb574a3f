package cn.npa.indicator.domain.assessment;

import cn.npa.indicator.domain.figures.Basis;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.figures.UnitHistory;
import cn.npa.indicator.domain.intake.NodeLinks;
import cn.npa.indicator.domain.keylist.ClientExposure;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What an assessment run computes from: the nodes of period t with their links (in code order), each node's history
 * on both bases (aligned with the nodes), and the client exposures of t.
 */
public record Population(Period period, List<NodeLinks> nodes, Map<Basis, List<UnitHistory>> histories,
                         List<ClientExposure> exposures) {

    public Population {
        nodes = List.copyOf(nodes);
        // Read-only: a population is kept and shared by runs and key lists (PopulationCache). Not copied: 235,000 entries.
        Map<Basis, List<UnitHistory>> readOnly = new EnumMap<>(Basis.class);
        for (Map.Entry<Basis, List<UnitHistory>> e : histories.entrySet()) {
            if (e.getValue().size() != nodes.size()) {
                throw new IllegalArgumentException(e.getKey() + ": " + e.getValue().size() + " histories for " + nodes.size() + " nodes");
            }
            readOnly.put(e.getKey(), Collections.unmodifiableList(e.getValue()));
        }
        histories = Collections.unmodifiableMap(readOnly);
        exposures = List.copyOf(exposures);
    }

    public List<UnitHistory> histories(Basis basis) {
        return histories.get(basis);
    }
}
