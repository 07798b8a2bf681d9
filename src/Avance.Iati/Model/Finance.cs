namespace Avance.Iati.Model;

/// <summary>An amount of money in a currency (the activity's default currency when absent) at a value date.</summary>
public sealed record Money(decimal? Amount, string? Currency, DateOnly? ValueDate);

/// <summary>A budget for one period (BudgetType 1 original / 2 revised, BudgetStatus 1 indicative / 2 committed).</summary>
public sealed record Budget(string? Type, string? Status, DateOnly? PeriodStart, DateOnly? PeriodEnd, Money? Value);

/// <summary>Money expected to be paid out in one period, optionally between named organisations.</summary>
public sealed record PlannedDisbursement
{
    /// <summary>BudgetType code.</summary>
    public string? Type { get; init; }

    /// <summary>First day of the period.</summary>
    public DateOnly? PeriodStart { get; init; }

    /// <summary>Last day of the period.</summary>
    public DateOnly? PeriodEnd { get; init; }

    /// <summary>The amount.</summary>
    public Money? Value { get; init; }

    /// <summary>Who pays.</summary>
    public TransactionOrg? ProviderOrg { get; init; }

    /// <summary>Who receives.</summary>
    public TransactionOrg? ReceiverOrg { get; init; }
}

/// <summary>
/// A financial transaction (TransactionType: 1 incoming funds, 2 outgoing commitment, 3 disbursement,
/// 4 expenditure, 11 incoming commitment...).
/// </summary>
public sealed record Transaction
{
    /// <summary>The reporter's own reference for the transaction.</summary>
    public string? Ref { get; init; }

    /// <summary>Whether the transaction is humanitarian, overriding the activity's flag.</summary>
    public bool? Humanitarian { get; init; }

    /// <summary>TransactionType code.</summary>
    public string? Type { get; init; }

    /// <summary>When the transaction happened.</summary>
    public DateOnly? Date { get; init; }

    /// <summary>The amount.</summary>
    public Money? Value { get; init; }

    /// <summary>What the transaction is.</summary>
    public Narratives Description { get; init; } = Narratives.None;

    /// <summary>Who pays.</summary>
    public TransactionOrg? ProviderOrg { get; init; }

    /// <summary>Who receives.</summary>
    public TransactionOrg? ReceiverOrg { get; init; }

    /// <summary>Sectors of this transaction, when they are given per transaction rather than per activity.</summary>
    public ValueList<Sector> Sectors { get; init; } = ValueList<Sector>.Empty;

    /// <summary>Recipient country of this transaction, when given per transaction; it carries no percentage.</summary>
    public RecipientCountry? RecipientCountry { get; init; }
}
