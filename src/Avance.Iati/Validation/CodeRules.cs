using Avance.Iati.Codes;

namespace Avance.Iati.Validation;

/// <summary>
/// Codes present in their codelists: unknown in a complete list is an error; unknown in a list IATI calls incomplete,
/// withdrawn, or right but for case (as some publishers and aggregators upper-case codes) is a warning. Codelists the
/// library does not carry are not checked.
/// </summary>
internal static class CodeRules
{
    public static void Check(QualityContext context, IatiCodelists codelists)
    {
        foreach (var coded in ActivityCodes.Of(context.Activity))
        {
            if (codelists.Get(coded.Codelist) is not { } codelist)
            {
                continue;
            }
            var item = codelist.Find(coded.Code);
            var miscased = item is null ? codelist.FindIgnoringCase(coded.Code) : null;
            var rule = (item, miscased) switch
            {
                (null, not null) => ValidationRules.CodeCase,
                (null, null) when codelist.IsComplete => ValidationRules.UnknownCode,
                (null, null) => ValidationRules.CodeOutsideOpenList,
                ({ Status: CodeStatus.Withdrawn }, _) => ValidationRules.WithdrawnCode,
                _ => null,
            };
            if (rule is not null)
            {
                context.Report(rule, "Message" + rule.ResourceKey, coded.Location, coded.Location, coded.Code,
                    coded.Codelist, miscased?.Code);
            }
        }
    }
}
