using System.Reflection;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// The codes of every problem the entry rules report. Clients may rely on them; each has a message in every interface
/// language under "Rule_" + the code (<see cref="EntryProblem.ResourceKey"/>).
/// </summary>
public static class ProblemCodes
{
    public const string CombinationCategoryMissing = "combination.category-missing";
    public const string CombinationCategoryTooLong = "combination.category-too-long";
    public const string CombinationDimensionNotDeclared = "combination.dimension-not-declared";
    public const string CombinationRepeated = "combination.repeated";
    public const string CombinationUnknownCategory = "combination.unknown-category";
    public const string CombinationUnreadable = "combination.unreadable";
    public const string DateBeforePeriod = "date.before-period";
    public const string DateFuture = "date.future";
    public const string DateMissing = "date.missing";
    public const string DateUnreadable = "date.unreadable";
    public const string NarrativeLocked = "narrative.locked";
    public const string NarrativeMissing = "narrative.missing";
    public const string NarrativeTooLong = "narrative.too-long";
    public const string SourceMissing = "source.missing";
    public const string SourceTitleMissing = "source.title-missing";
    public const string SourceTitleTooLong = "source.title-too-long";
    public const string SourceUnknown = "source.unknown";
    public const string SourceUrlInvalid = "source.url-invalid";
    public const string StatusMissing = "status.missing";
    public const string StatusUnknown = "status.unknown";
    public const string SumExceedsTotal = "sum.exceeds-total";
    public const string SumMismatch = "sum.mismatch";
    public const string ValueLocked = "value.locked";
    public const string ValueNegative = "value.negative";
    public const string ValueNotANumber = "value.not-a-number";
    public const string ValueNotWhole = "value.not-whole";
    public const string ValueNotYesNo = "value.not-yes-no";
    public const string ValuePercentageRange = "value.percentage-range";
    public const string ValueTextTooLong = "value.text-too-long";
    public const string ValueTooLarge = "value.too-large";
    public const string ValueTooPrecise = "value.too-precise";
    public const string ValueTotalMissing = "value.total-missing";

    public static IReadOnlyList<string> All { get; } =
        [.. typeof(ProblemCodes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!)];
}
