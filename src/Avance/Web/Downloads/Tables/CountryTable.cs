namespace Avance.Web.Downloads.Tables;

/// <summary>A table under a country's address, downloadable next to the page that shows it.</summary>
internal sealed record CountryTable(string Pattern, IDownloadTable Table)
{
    /// <summary>The country page's address; every country table's pattern starts with it.</summary>
    public const string CountryPath = $"/{{lang:{Languages.RouteConstraint}}}/countries/{{iso2:alpha:length(2)}}";

    public const string PlanPath = CountryPath + "/plans/{code}";
    public const string IndicatorPath = PlanPath + "/indicators/{indicatorCode}";
    public const string OutcomePath = CountryPath + "/results/{outcomeId:int}";
    public const string ProgrammePath = CountryPath + "/programmes/{code}";
}
