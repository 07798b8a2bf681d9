namespace Avance.Iati.Model;

/// <summary>The organisation publishing the activity (<c>reporting-org</c>).</summary>
public sealed record ReportingOrg(string? Ref, string? Type, bool? SecondaryReporter, Narratives Name);

/// <summary>An organisation taking part in the activity, in a role from the OrganisationRole codelist.</summary>
public sealed record ParticipatingOrg
{
    /// <summary>Organisation identifier (e.g. <c>XM-DAC-41146</c>).</summary>
    public string? Ref { get; init; }

    /// <summary>OrganisationType code.</summary>
    public string? Type { get; init; }

    /// <summary>OrganisationRole code: 1 funding, 2 accountable, 3 extending, 4 implementing.</summary>
    public string? Role { get; init; }

    /// <summary>The organisation's own activity identifier for this activity.</summary>
    public string? ActivityId { get; init; }

    /// <summary>CRS channel code.</summary>
    public string? CrsChannelCode { get; init; }

    /// <summary>The organisation's name.</summary>
    public Narratives Name { get; init; } = Narratives.None;
}

/// <summary>
/// The provider or receiver of a transaction or planned disbursement. <see cref="ActivityId"/> is the
/// provider-activity-id or receiver-activity-id, whichever side this is.
/// </summary>
public sealed record TransactionOrg(string? Ref, string? Type, string? ActivityId, Narratives Name);
