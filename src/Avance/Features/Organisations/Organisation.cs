using Avance.Domain;

namespace Avance.Features.Organisations;

public sealed class Organisation
{
    public int Id { get; private set; }
    public required LocalizedText Name { get; set; }
    /// <summary>Acronyms differ by language (SRE / MFA), so the acronym is localised too.</summary>
    public LocalizedText? Acronym { get; set; }
    public required OrganisationKind Kind { get; set; }
    /// <summary>The country an agency belongs to; null for international organisations.</summary>
    public int? CountryId { get; set; }
    /// <summary>IATI organisation identifier, e.g. "XM-DAC-41146" for UN Women.</summary>
    public string? IatiIdentifier { get; set; }
}
