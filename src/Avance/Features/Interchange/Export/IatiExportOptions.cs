namespace Avance.Features.Interchange.Export;

/// <summary>
/// Who publishes Avance's own results (Avance:Iati in configuration). The ref starts the identifiers of the national
/// action plan activities and stands in for organisations that have no IATI identifier of their own.
/// </summary>
public sealed class IatiExportOptions
{
    public const string Section = "Avance:Iati";

    /// <summary>The publisher's IATI organisation identifier, e.g. "MX-RFC-SRE…" for a foreign ministry.</summary>
    public string ReportingOrgRef { get; set; } = "AVANCE";

    public string ReportingOrgName { get; set; } = "Avance";

    /// <summary>OrganisationType code of the publisher (10 government).</summary>
    public string ReportingOrgType { get; set; } = "10";
}
