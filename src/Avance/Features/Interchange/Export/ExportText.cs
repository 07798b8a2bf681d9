using Avance.Domain;
using Avance.Features.Organisations;
using Avance.Iati.Model;

namespace Avance.Features.Interchange.Export;

/// <summary>Avance's texts and organisations in IATI's terms.</summary>
internal static class ExportText
{
    public static Narratives Of(LocalizedText? text) =>
        text is null ? Narratives.None : Narratives.Of([.. text.Translations.OrderBy(t => t.Language, StringComparer.Ordinal).Select(t => ((string?)t.Language, t.Value))]);

    public static Narratives OfPlain(string value) => Narratives.Of(("en", value));

    /// <summary>Narratives, or the fallback when there are none (IATI requires text in titles and descriptions).</summary>
    public static Narratives Or(this Narratives narratives, Narratives fallback) => narratives.IsEmpty ? fallback : narratives;

    /// <summary>OrganisationType: 10 government, 22 national NGO, 40 multilateral, 90 other.</summary>
    public static string TypeOf(OrganisationKind kind) => kind switch
    {
        OrganisationKind.GovernmentAgency => "10",
        OrganisationKind.CivilSociety => "22",
        OrganisationKind.UnEntity => "40",
        _ => "90",
    };

    public static ParticipatingOrg Participant(Organisation organisation, string role) => new()
    {
        Ref = organisation.IatiIdentifier,
        Type = TypeOf(organisation.Kind),
        Role = role,
        Name = Of(organisation.Name),
    };

    public static DateOnly FirstDay(int year) => new(year, 1, 1);

    public static DateOnly LastDay(int year) => new(year, 12, 31);
}
