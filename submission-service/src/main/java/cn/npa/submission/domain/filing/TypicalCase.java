package cn.npa.submission.domain.filing;

import java.math.BigDecimal;

/** A typical case of new non-performing assets, told by the filer. */
public record TypicalCase(String title, BigDecimal amount, String cause, String text) {
}
