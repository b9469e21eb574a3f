package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** Outstanding loans and NPL by origination year (Art. 8(4), generalised to every year). */
public record VintageLine(Integer year, BigDecimal balance, BigDecimal npl) {
}
