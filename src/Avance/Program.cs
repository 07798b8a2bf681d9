using Avance.Cli;
using Avance.Data;
using Avance.Features.Countries;
using Avance.Features.Funding;
using Avance.Features.Health;
using Avance.Features.Results;
using Avance.Web;

/// <summary>The table of contents: what the application is made of, one line per feature.</summary>
public partial class Program
{
    public static Task<int> Main(string[] args) => AvanceCommandLine.RunAsync(args);

    public static WebApplication BuildWebApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddAvanceDefaults();
        builder.ListenOnLoopbackByDefault();
        builder.Services.AddAvanceDatabase();
        builder.Services.AddAvanceWeb();
        builder.Services.AddHealth();

        var app = builder.Build();
        app.UseAvanceWeb();
        app.MapHealth();
        app.MapCountriesApi();
        app.MapResultsApi();
        app.MapFundingApi();
        app.MapAvancePages();
        return app;
    }
}
