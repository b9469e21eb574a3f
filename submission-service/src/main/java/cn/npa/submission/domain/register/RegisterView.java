package cn.npa.submission.domain.register;

import java.util.List;

/** Read access to the register the rules check against: all validity intervals of a code, oldest first. */
@FunctionalInterface
public interface RegisterView {

    List<Institution> versions(String code);
}
