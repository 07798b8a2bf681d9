namespace Avance.Features.Accounts;

/// <summary>
/// Everything an account may do beyond reading published data, one name per action. Pages and endpoints ask for
/// one of these (each is also an authorisation policy of the same name); which roles and token scopes grant it is
/// decided here and nowhere else.
/// </summary>
public static class Permissions
{
    /// <summary>See unpublished work: the status board, drafts, submissions (focal points: their organisation's only).</summary>
    public const string ViewWorkspace = "workspace.view";
    public const string AuthorPlans = "plans.author";
    public const string ManagePeriods = "periods.manage";
    /// <summary>Enter, save and submit values and activity statuses (focal points: their organisation's only).</summary>
    public const string ReportValues = "values.report";
    public const string ReviewValues = "values.review";
    public const string PublishPeriods = "periods.publish";
    /// <summary>Correct a published value, which makes a new revision with a reason.</summary>
    public const string CorrectPublished = "values.correct";
    public const string FileAssessments = "assessments.file";
    public const string ReplyToAssessments = "assessments.reply";
    public const string ModerateAssessments = "assessments.moderate";
    public const string ManageAccounts = "accounts.manage";
    public const string ImportData = "data.import";

    public static readonly IReadOnlyList<string> All =
    [
        ViewWorkspace, AuthorPlans, ManagePeriods, ReportValues, ReviewValues, PublishPeriods, CorrectPublished,
        FileAssessments, ReplyToAssessments, ModerateAssessments, ManageAccounts, ImportData,
    ];

    /// <summary>The roles × permissions table (docs/accounts.md shows it to people).</summary>
    public static IReadOnlySet<string> Of(AccountRole role) => role switch
    {
        // Filing an assessment is civil society's own voice; nobody else files one, not even an administrator.
        AccountRole.Administrator => All.Except([FileAssessments]).ToHashSet(),
        AccountRole.Coordinator => new HashSet<string>
        {
            ViewWorkspace, AuthorPlans, ManagePeriods, ReportValues, ReviewValues, PublishPeriods, CorrectPublished,
            ReplyToAssessments, ImportData,
        },
        AccountRole.FocalPoint => new HashSet<string> { ViewWorkspace, ReportValues },
        AccountRole.Observer => new HashSet<string> { FileAssessments },
        _ => new HashSet<string>(),
    };

    /// <summary>What a token scope can unlock; a token holds the intersection of this with its owner's role.</summary>
    public static IReadOnlySet<string> Of(TokenScope scopes)
    {
        var granted = new HashSet<string>();
        if (scopes.HasFlag(TokenScope.Read)) granted.Add(ViewWorkspace);
        if (scopes.HasFlag(TokenScope.Report)) granted.Add(ReportValues);
        if (scopes.HasFlag(TokenScope.Review)) granted.UnionWith([ReviewValues, PublishPeriods, CorrectPublished, ManagePeriods]);
        if (scopes.HasFlag(TokenScope.Author)) granted.UnionWith([AuthorPlans, ManagePeriods]);
        if (scopes.HasFlag(TokenScope.Assess)) granted.UnionWith([FileAssessments, ReplyToAssessments]);
        if (scopes.HasFlag(TokenScope.Administer)) granted.UnionWith([ManageAccounts, ModerateAssessments, ImportData]);
        return granted;
    }
}
