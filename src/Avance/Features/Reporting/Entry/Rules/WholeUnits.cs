using System.Globalization;
using System.Text.RegularExpressions;

namespace Avance.Features.Reporting.Entry.Rules;

/// <summary>
/// Whether a number indicator counts whole people or things. It does unless its unit names a measure that takes
/// fractions — money, time, distance or area, or a rate, ratio, average, index or score — in English or Spanish.
/// The indicator model has no flag for this, and counting units ("officers trained", "forums") are the common case.
/// </summary>
public static partial class WholeUnits
{
    public static bool Counted(IEnumerable<string?> unitWordings) =>
        !unitWordings.Any(unit => unit is not null && Measure().IsMatch(unit.ToLower(CultureInfo.InvariantCulture)));

    [GeneratedRegex(@"\b(pesos?|d[oó]lar(es|s)?|usd|mxn|eur|euros?|currency|moneda|budget|presupuesto|amount|monto|importe|"
        + @"hours?|horas?|days?|d[ií]as?|weeks?|semanas?|months?|mes(es)?|years?|a[nñ]os?|km|kil[oó]met|hect[aá]re|"
        + @"rates?|tasas?|ratios?|raz[oó]n|average|promedio|index|[ií]ndices?|scores?|puntuaci[oó]n|per|por cada)\b")]
    private static partial Regex Measure();
}
