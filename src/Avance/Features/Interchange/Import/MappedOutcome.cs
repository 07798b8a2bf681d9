using Avance.Features.Results;

namespace Avance.Features.Interchange.Import;

/// <summary>One wording of a text in one language, sanitised.</summary>
public sealed record Translation(string Language, string Value);

/// <summary>
/// Everything Avance takes from one IATI activity, before it has database ids: what the content hash covers and
/// what the writer turns into rows. Organisations and the country are named by their IATI codes.
/// </summary>
public sealed record MappedOutcome
{
    public required string Identifier { get; init; }
    public required string CountryCode { get; init; }
    public required MappedOrganisation ReportingOrg { get; init; }
    public required Translation[] Title { get; init; }
    public Translation[] Description { get; init; } = [];
    public string? ActivityStatus { get; init; }
    public DateOnly? StartDate { get; init; }
    public DateOnly? EndDate { get; init; }
    public MappedIndicator[] Indicators { get; init; } = [];
    public MappedMoney[] Budgets { get; init; } = [];
    public MappedFunding[] Funding { get; init; } = [];
    public MappedSdg[] Sdgs { get; init; } = [];
    /// <summary>Every organisation the activity names with a usable IATI ref (reporting, participating, providers).</summary>
    public MappedOrganisation[] Organisations { get; init; } = [];
}

public sealed record MappedOrganisation(string Ref, string? Type, Translation[] Name);

public sealed record MappedIndicator
{
    public required int ResultPosition { get; init; }
    public string? ResultType { get; init; }
    public required Translation[] ResultTitle { get; init; }
    public Translation[] ResultDescription { get; init; } = [];
    public required Translation[] Title { get; init; }
    public Translation[] Description { get; init; } = [];
    public required ResultMeasure Measure { get; init; }
    public bool Ascending { get; init; } = true;
    public MappedValue[] Baselines { get; init; } = [];
    public MappedPeriod[] Periods { get; init; } = [];
}

public sealed record MappedPeriod(DateOnly Start, DateOnly End, MappedValue[] Targets, MappedValue[] Actuals);

/// <summary>A baseline, target or actual: the total when <see cref="Dimensions"/> is empty.</summary>
public sealed record MappedValue(int? Year, string Dimensions, decimal? Value, string? Text, Translation[] Comment)
{
    public bool IsTotal => Dimensions.Length == 0;
}

/// <summary>An amount for one calendar year.</summary>
public sealed record MappedMoney(int Year, string Currency, decimal Amount);

public sealed record MappedFunding(string ProviderRef, int Year, string Currency, decimal Development, decimal Humanitarian);

public sealed record MappedSdg(int Year, string Code, string Currency, decimal Amount);
