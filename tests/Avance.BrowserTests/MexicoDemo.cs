namespace Avance.BrowserTests;

/// <summary>Facts of Mexico's demo data that several journeys look for on the pages.</summary>
internal static class MexicoDemo
{
    /// <summary>The IATI identifiers of the UN Women country outcomes, in the order the lists show them.</summary>
    public static readonly string[] OutcomeIdentifiers =
    [
        "XM-DAC-41146-MEX_D_1.1",
        "XM-DAC-41146-MEX_D_2.1",
        "XM-DAC-41146-MEX_D_2.2",
        "XM-DAC-41146-MEX_D_2.3",
        "XM-DAC-41146-MEX_D_3.1",
    ];
}
