using Avance.Domain;
using Avance.Features.Indicators;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// Reads a combination as given ("", "sex=female", "institution=SEDENA") against the indicator's declared
/// dimensions: the total, or one category of one declared dimension.
/// </summary>
internal static class CombinationText
{
    public static DisaggregationKey? Read(string? text, IndicatorRules rules, int index, List<EntryProblem> problems)
    {
        var trimmed = text?.Trim() ?? "";
        if (trimmed.Length == 0) return DisaggregationKey.Total;
        var pair = trimmed.Split('=', 2);
        if (!Enum.TryParse<DisaggregationDimension>(pair[0].Trim(), ignoreCase: true, out var dimension) || !Enum.IsDefined(dimension)
            || pair.Length < 2 || pair[1].Contains(';') || pair[1].Contains('='))
            return Refuse(problems, ProblemCodes.CombinationUnreadable, index, text, trimmed);
        if (!rules.Dimensions.Contains(dimension))
            return Refuse(problems, ProblemCodes.CombinationDimensionNotDeclared, index, text, dimension);
        var category = pair[1].Trim();
        if (category.Length == 0)
            return Refuse(problems, ProblemCodes.CombinationCategoryMissing, index, text, dimension);
        if (category.Length > Categories.MaxOpenCategoryLength)
            return Refuse(problems, ProblemCodes.CombinationCategoryTooLong, index, text, Categories.MaxOpenCategoryLength);
        if (Categories.Canonical(dimension, category, rules.StateCodes) is not { } canonical)
            return Refuse(problems, ProblemCodes.CombinationUnknownCategory, index, text, category, dimension);
        try
        {
            return DisaggregationKey.Of((dimension, canonical));
        }
        catch (DomainRuleException)
        {
            return Refuse(problems, ProblemCodes.CombinationUnreadable, index, text, trimmed);
        }
    }

    private static DisaggregationKey? Refuse(List<EntryProblem> problems, string code, int index, string? combination, params object[] arguments)
    {
        problems.Add(EntryProblem.AboutValue(code, index, combination, arguments));
        return null;
    }
}
