package cn.npa.indicator.service;

import cn.npa.indicator.domain.assessment.InputLoad;
import cn.npa.indicator.domain.assessment.InputSlot;
import cn.npa.indicator.domain.figures.Period;
import cn.npa.indicator.domain.intake.FigureLoad;
import cn.npa.indicator.repository.FigureLoadRepository;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/** What a new run of period t reads: the current load of t and of each other input period that has figures. */
final class RunInputs {

    private RunInputs() {
    }

    /** Call within a transaction. */
    static Map<InputSlot, InputLoad> of(Period t, FigureLoad current, FigureLoadRepository loads) {
        Map<InputSlot, InputLoad> inputs = new EnumMap<>(InputSlot.class);
        for (InputSlot s : InputSlot.values()) {
            Period p = s.of(t);
            (s == InputSlot.CURRENT ? Optional.of(current) : loads.current(p.toString()))
                    .ifPresent(l -> inputs.put(s, new InputLoad(s, l.period(), l.id(), l.figureVersion())));
        }
        return inputs;
    }

    static Map<InputSlot, Long> loadIds(Map<InputSlot, InputLoad> inputs) {
        Map<InputSlot, Long> out = new EnumMap<>(InputSlot.class);
        inputs.forEach((s, i) -> out.put(s, i.loadId()));
        return out;
    }
}
