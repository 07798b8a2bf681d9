using Avance.Data;
using Avance.Domain;
using Avance.Features.Accounts;
using Avance.Features.Audit;
using Avance.Features.Indicators;
using Avance.Features.Reporting;
using Avance.Sanitising;
using Avance.Web;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Avance.Features.Assessments;

/// <summary>
/// An observer files an assessment for their civil-society organisation. Every field is checked and every problem
/// reported at once; a filed assessment is public at once and is never changed afterwards.
/// </summary>
public static class FileAssessment
{
    public const string AuditItem = "assessment";
    /// <summary>Text pasted from a web page shrinks when its markup goes, so the limits apply after sanitising; this bounds the work before it.</summary>
    public const int MaxRawLength = 100_000;
    /// <summary>The database keeps four decimals and sixteen digits before them.</summary>
    private const decimal OwnValueLimit = 10_000_000_000_000_000m;

    /// <param name="unreadable">Problems the caller found reading the request (a number that is not one): reported with the rest, and nothing is filed.</param>
    public static async Task<FilingResult> RunAsync(AvanceDb db, IOutputCacheStore cache, Caller caller, AssessmentDraft draft,
        DateTimeOffset at, CancellationToken cancellationToken, IReadOnlyList<FieldError>? unreadable = null)
    {
        if (await SpeaksForAsync(db, caller, Languages.Current, cancellationToken) is not { } organisation
            || (draft.OrganisationId ?? organisation.Id) != organisation.Id)
            return FilingResult.NotAllowed;

        var errors = new List<FieldError>(unreadable ?? []);
        var kind = Name<AssessmentSubject>(draft.Subject, "subject", errors);
        var rating = Name<AssessmentRating>(draft.Rating, "rating", errors);
        var narrative = Text(draft.Narrative, "narrative", Assessment.MaxNarrativeLength, required: true, errors);
        var sources = Text(draft.Sources, "sources", Assessment.MaxSourcesLength, required: false, errors);
        var language = Language(draft.Language, errors);
        var subject = kind is { } k ? await SubjectAsync(db, k, draft.SubjectId, errors, cancellationToken) : null;
        var periodId = subject is null ? null : await PeriodAsync(db, subject, draft.PeriodId, errors, cancellationToken);
        CheckOwnValue(subject, draft.OwnValue, errors);
        if (errors.Count > 0 || subject is null || rating is null || narrative is null || language is null) return FilingResult.Invalid(errors);

        var assessment = new Assessment
        {
            AuthorUserId = caller.UserId, OrganisationId = organisation.Id, Subject = subject.Kind, SubjectId = subject.Id,
            ReportingPeriodId = periodId, Rating = rating.Value, OwnValue = draft.OwnValue, Narrative = narrative, Language = language,
            Sources = sources, FiledAt = at,
        };
        // The trail names the assessment by its id, which only the first save gives; one transaction keeps both or neither.
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        db.Assessments.Add(assessment);
        await db.SaveChangesAsync(cancellationToken);
        AuditTrail.Record(db, caller, at, "assessment.file", AuditItem, assessment.Id, null, new
        {
            assessment.OrganisationId, assessment.Subject, assessment.SubjectId, assessment.ReportingPeriodId, assessment.Rating,
            assessment.OwnValue, assessment.Narrative, assessment.Language, assessment.Sources,
        });
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        await PublicDataCache.InvalidateAsync(cache, cancellationToken);
        return FilingResult.Filed(assessment.Id);
    }

    /// <summary>The civil-society organisation an observer files for, with its name; null when the account may not file at all.</summary>
    public static async Task<(int Id, string Name)?> SpeaksForAsync(AvanceDb db, Caller caller, string language, CancellationToken cancellationToken)
    {
        if (!caller.Has(Permissions.FileAssessments) || caller.OrganisationId is not { } own) return null;
        var organisation = await db.Organisations
            .Where(o => o.Id == own && o.Kind == OrganisationKind.CivilSociety)
            .Select(o => new { Name = TextInLanguage.Pick(o.Name, language) })
            .SingleOrDefaultAsync(cancellationToken);
        return organisation is null ? null : (own, organisation.Name ?? "");
    }

    /// <summary>An enum value by its exact name; numbers are not names, so "3" is refused rather than read as a rating.</summary>
    private static T? Name<T>(string? value, string field, List<FieldError> errors) where T : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            errors.Add(new FieldError(field, $"Assessments_Error_{typeof(T).Name}Missing"));
            return null;
        }
        var name = Enum.GetNames<T>().FirstOrDefault(n => string.Equals(n, value.Trim(), StringComparison.OrdinalIgnoreCase));
        if (name is not null) return Enum.Parse<T>(name);
        errors.Add(new FieldError(field, $"Assessments_Error_{typeof(T).Name}Unknown", value, string.Join(", ", Enum.GetNames<T>())));
        return null;
    }

    /// <summary>Plain text within the limit; null when absent.</summary>
    private static string? Text(string? value, string field, int maxLength, bool required, List<FieldError> errors)
    {
        var text = PlainText(value);
        if (text.Length > maxLength) errors.Add(new FieldError(field, "Assessments_Error_TooLong", maxLength, text.Length));
        else if (text.Length == 0 && required) errors.Add(new FieldError(field, "Assessments_Error_NarrativeMissing"));
        return text.Length == 0 ? null : text;
    }

    /// <summary>Text as the app's sanitiser leaves it; text beyond any limit is returned as it is, to be refused as too long.</summary>
    public static string PlainText(string? value) => value is { Length: > MaxRawLength } ? value : TextSanitiser.ToPlainText(value);

    private static string? Language(string? value, List<FieldError> errors)
    {
        var language = value?.Trim().ToLowerInvariant();
        if (string.IsNullOrEmpty(language)) errors.Add(new FieldError("language", "Assessments_Error_LanguageMissing"));
        else if (!Assessment.Languages.Contains(language))
            errors.Add(AssessmentRules.Error("assessment.language-unknown"));
        else return language;
        return null;
    }

    private static async Task<SubjectRow?> SubjectAsync(AvanceDb db, AssessmentSubject kind, int? id, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        if (id is not { } subjectId)
        {
            errors.Add(new FieldError("subjectId", "Assessments_Error_SubjectIdMissing"));
            return null;
        }
        var found = await AssessmentSubjects.FindAsync(db, [(kind, subjectId)], Languages.Current, cancellationToken);
        if (found.TryGetValue((kind, subjectId), out var subject)) return subject;
        errors.Add(new FieldError("subjectId", $"Assessments_Error_{kind}NotFound", subjectId));
        return null;
    }

    /// <summary>A period assessment is about itself; an indicator or activity may be judged for one published period of its plan.</summary>
    private static async Task<int?> PeriodAsync(AvanceDb db, SubjectRow subject, int? periodId, List<FieldError> errors,
        CancellationToken cancellationToken)
    {
        if (subject.Kind == AssessmentSubject.ReportingPeriod)
        {
            if (periodId is { } other && other != subject.Id) errors.Add(new FieldError("periodId", "Assessments_Error_PeriodOfPeriod"));
            return subject.Id;
        }
        if (periodId is not { } id) return null;
        var published = await db.ReportingPeriods.AnyAsync(p => p.Id == id && p.PlanId == subject.PlanId && p.State == PeriodState.Published,
            cancellationToken);
        if (!published) errors.Add(new FieldError("periodId", "Assessments_Error_PeriodNotFound", id));
        return id;
    }

    private static void CheckOwnValue(SubjectRow? subject, decimal? ownValue, List<FieldError> errors)
    {
        if (ownValue is not { } value || subject is null) return;
        string? problem = subject.IndicatorType switch
        {
            null => "Assessments_Error_OwnValueNotIndicator",
            IndicatorType.Qualitative => "Assessments_Error_OwnValueQualitative",
            IndicatorType.YesNo when value is not (0 or 1) => "Assessments_Error_OwnValueYesNo",
            IndicatorType.Percentage when value is < 0 or > 100 => "Assessments_Error_OwnValuePercentage",
            _ when Math.Abs(value) >= OwnValueLimit || decimal.Round(value, 4) != value => "Assessments_Error_OwnValueRange",
            _ => null,
        };
        if (problem is not null) errors.Add(new FieldError("ownValue", problem));
    }
}
