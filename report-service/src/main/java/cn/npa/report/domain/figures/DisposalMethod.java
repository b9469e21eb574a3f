package cn.npa.report.domain.figures;

/** The disposal methods of the disposal seed, by which NPL reductions may be broken down. */
public enum DisposalMethod {
    DEBT_RESTRUCTURING, ASSET_RESTRUCTURING, DEBT_TO_EQUITY, COLLECTION_LITIGATION, WRITE_OFF, SECURITIZATION,
    DEBT_RELIEF, BANKRUPTCY_LIQUIDATION, COLLATERAL_DISPOSAL, MARKET_TRANSFER, PACKAGED_TRANSFER
}
