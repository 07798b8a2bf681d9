using Avance.Features.Interchange.Export;

namespace Avance.Features.Interchange;

public static class InterchangeApi
{
    public static WebApplication MapInterchangeApi(this WebApplication app)
    {
        app.MapGet("/api/v1/countries/{iso2}/iati.xml", Export)
            .WithTags("Interchange")
            .WithSummary("The country's national action plan results (published values only) and its outcomes with their indicators, "
                + "budgets, funding and SDG allocations, as an IATI 2.03 activity file, streamed.");
        return app;
    }

    private static async Task<IResult> Export(string iso2, IatiExporter exporter, CancellationToken ct)
    {
        if (!await exporter.HasCountryAsync(iso2, ct)) return TypedResults.NotFound();
        return TypedResults.Stream(stream => exporter.WriteAsync(stream, iso2, ct), "application/xml",
            fileDownloadName: $"avance-{iso2.ToLowerInvariant()}-iati.xml");
    }
}
