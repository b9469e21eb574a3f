package cn.npa.indicator.domain.intake;

import cn.npa.indicator.domain.keylist.ClientExposure;

/**
 * Where a streamed figures intake goes, element by element, as it is read: the header first, then nodes and client
 * exposures in the order sent. Only elements that passed their own checks arrive here; whether the whole intake is
 * valid is known only at the end ({@link FigureIntakeReader.Result#findings()}).
 */
public interface IntakeSink {

    void header(IntakeHeader header);

    void node(IntakeNode node);

    void exposure(ClientExposure exposure);
}
