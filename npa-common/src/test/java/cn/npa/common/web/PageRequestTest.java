package cn.npa.common.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import cn.npa.common.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** A page beyond any list is a 400 naming the page, not an overflowing offset (it was a 500 from page=2147483647&size=1000). */
class PageRequestTest {

    @Test
    void aPageWhoseOffsetOverflowsIsRefused() {
        ProblemException e = assertThrows(ProblemException.class, () -> PageRequest.of(Integer.MAX_VALUE, 1000));
        assertEquals(400, e.status());
        assertEquals("PAGE page", e.errors().get(0).rule() + " " + e.errors().get(0).path());
    }

    @Test
    void theLastPossiblePageIsFine() {
        assertEquals(2_147_483_000, PageRequest.of(2_147_483, 1000).offset());
    }
}
