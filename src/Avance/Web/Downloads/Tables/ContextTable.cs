using Avance.Features.Countries;
using C = Avance.Web.Downloads.Column<Avance.Features.Countries.ContextRow>;

namespace Avance.Web.Downloads.Tables;

/// <summary>The country page's context figures (CEDAW ratification, Global Gender Gap Index rank …) with their sources.</summary>
internal static class ContextTable
{
    public static readonly CountryTable Download = new(CountryTable.CountryPath + "/context", new TableDownload<ContextRow>(
        "context", "Table_Context",
        [
            C.Of("code", "Field_ContextCode", r => r.Code),
            C.Of("name", "Field_ContextName", r => r.Name),
            C.Of("kind", "Field_ContextKind", r => r.Kind),
            C.Of("year", "Field_ContextYear", r => r.Year),
            C.Of("value", "Field_ContextValue", r => r.Value),
            C.Of("out_of", "Field_ContextOutOf", r => r.OutOf),
            C.Of("currency", "Field_Currency", r => r.Currency),
            .. SourceColumns.For<ContextRow>(r => r.Source),
        ],
        request => Scope.Country(request, iso2 => CountryQueries.ContextRows(request.Db, iso2, request.Language))));
}
