package cn.npa.submission.rest;

import cn.npa.submission.service.ObligationGenerator;

/** What a generation did: obligations owed for the period, how many were new, and how long it took. */
public record GenerationDto(String period, int planned, int created, long millis) {

    public static GenerationDto of(ObligationGenerator.Result r) {
        return new GenerationDto(r.period(), r.planned(), r.created(), r.millis());
    }
}
