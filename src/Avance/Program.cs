using Avance.Cli;
using Avance.Data;
using Avance.Features.Accounts;
using Avance.Features.Assessments;
using Avance.Features.Authoring;
using Avance.Features.Countries;
using Avance.Features.Evidence;
using Avance.Features.Funding;
using Avance.Features.Health;
using Avance.Features.Indicators;
using Avance.Features.Interchange;
using Avance.Features.Mail;
using Avance.Features.Plans;
using Avance.Features.Programmes;
using Avance.Features.Reporting.Entry;
using Avance.Features.Reporting.Templates;
using Avance.Features.Review;
using Avance.Features.Search;
using Avance.Features.Results;
using Avance.Web;
using Avance.Web.Downloads;

/// <summary>The table of contents: what the application is made of, one line per feature.</summary>
public partial class Program
{
    public static Task<int> Main(string[] args) => AvanceCommandLine.RunAsync(args);

    public static WebApplication BuildWebApp(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        builder.Logging.AddAvanceDefaults();
        builder.UseServerDefaults();
        builder.Services.AddAvanceDatabase();
        builder.Services.AddAvanceWeb();
        builder.Services.AddAvanceAccounts();
        builder.Services.AddAuthoring();
        builder.Services.AddEvidence();
        builder.Services.AddReportingEntry();
        builder.Services.AddAvanceMail();
        builder.Services.AddReportingTemplates();
        builder.Services.AddPublicDataCache(builder.Configuration);
        builder.Services.AddHealth();
        builder.Services.AddInterchange();
        builder.Services.AddReview();

        var app = builder.Build();
        app.UseAvanceWeb();
        app.MapHealth();
        app.MapAccountsApi();
        app.MapCountriesApi();
        app.MapPlansApi();
        app.MapPlanVersionsApi();
        app.MapAuthoringApi();
        app.MapIndicatorsApi();
        app.MapResultsApi();
        app.MapFundingApi();
        app.MapProgrammesApi();
        app.MapSearchApi();
        app.MapInterchangeApi();
        app.MapAssessmentsApi();
        app.MapReportingApi();
        app.MapReportingTemplates();
        app.MapEvidence();
        app.MapReview();
        app.MapDownloads();
        app.MapAvancePages();
        return app;
    }

    /// <summary>
    /// What `avance import iati` needs and no more: the database and the importer, without the web server, pages and
    /// accounts, so a long import keeps the memory and start-up of a web host for the data it reads.
    /// </summary>
    public static IHost BuildImportHost(string[] args)
    {
        // A command that ends with its import needs no watch on its settings files, which would otherwise wake on
        // every write to a database kept under the same folder.
        var settings = new ConfigurationManager();
        settings.AddInMemoryCollection([new("hostBuilder:reloadConfigOnChange", "false")]);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { Args = args, Configuration = settings });
        builder.Logging.AddAvanceDefaults();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddAvanceDatabase();
        builder.Services.AddPublicDataCache(builder.Configuration);
        builder.Services.AddInterchange();
        return builder.Build();
    }
}
