using Avance.Domain;
using Avance.Iati.Model;

namespace Avance.Features.Interchange.Import;

/// <summary>Organisations are known by their IATI ref; one without a usable ref cannot be told apart from others.</summary>
internal static class OrganisationMapping
{
    public static MappedOrganisation? Of(string? reference, string? type, Narratives? name, string? defaultLanguage)
    {
        var usable = UsableRef(reference);
        if (usable is null) return null;
        var names = name is null ? [] : NarrativeText.Of(name, defaultLanguage);
        return new MappedOrganisation(usable, type?.Trim(), names.Length > 0 ? names : NarrativeText.Single(usable));
    }

    /// <summary>The reporting, participating and funding-provider organisations, once each, in the order met.</summary>
    public static MappedOrganisation[] All(IatiActivity activity, MappedOrganisation reporting)
    {
        var found = new List<MappedOrganisation> { reporting };
        void Add(MappedOrganisation? organisation)
        {
            if (organisation is not null && !found.Exists(o => o.Ref == organisation.Ref)) found.Add(organisation);
        }
        foreach (var org in activity.ParticipatingOrgs) Add(Of(org.Ref, org.Type, org.Name, activity.DefaultLanguage));
        foreach (var transaction in activity.Transactions.Where(FinanceMapping.IsIncoming))
            Add(Of(transaction.ProviderOrg?.Ref, transaction.ProviderOrg?.Type, transaction.ProviderOrg?.Name, activity.DefaultLanguage));
        return [.. found];
    }

    /// <summary>A ref with at least one letter or digit ("-" and blanks are placeholders, not identifiers), trimmed.</summary>
    public static string? UsableRef(string? reference)
    {
        var trimmed = reference?.Trim();
        return trimmed is { Length: > 0 and <= 200 } && trimmed.Any(char.IsLetterOrDigit) ? trimmed : null;
    }

    /// <summary>OrganisationType codes to Avance's kinds; DAC codes 41xxx are UN entities.</summary>
    public static OrganisationKind Kind(string reference, string? type, bool isFunder) => type switch
    {
        "10" or "11" or "15" => OrganisationKind.GovernmentAgency,
        "21" or "22" or "23" or "24" => OrganisationKind.CivilSociety,
        "40" when reference.StartsWith("XM-DAC-41", StringComparison.Ordinal) => OrganisationKind.UnEntity,
        "60" => OrganisationKind.Donor,
        null when isFunder => OrganisationKind.Donor,
        _ => OrganisationKind.Other,
    };
}
