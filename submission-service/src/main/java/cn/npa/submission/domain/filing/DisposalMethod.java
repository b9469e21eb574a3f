package cn.npa.submission.domain.filing;

/** The eleven disposal methods of the disposal seed, in its order. */
public enum DisposalMethod {
    DEBT_RESTRUCTURING, ASSET_RESTRUCTURING, DEBT_TO_EQUITY, COLLECTION_LITIGATION, WRITE_OFF, SECURITIZATION,
    DEBT_RELIEF, BANKRUPTCY_LIQUIDATION, COLLATERAL_DISPOSAL, MARKET_TRANSFER, PACKAGED_TRANSFER
}
