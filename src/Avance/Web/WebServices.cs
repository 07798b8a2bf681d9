using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.Extensions.WebEncoders;
using Microsoft.AspNetCore.Localization;

using Avance.Features.Accounts;

namespace Avance.Web;

public static class WebServices
{
    public static IServiceCollection AddAvanceWeb(this IServiceCollection services)
    {
        services.AddRazorPages(options => options.RootDirectory = "/Features");
        services.AddSingleton<Microsoft.AspNetCore.Mvc.Infrastructure.IHttpResponseStreamWriterFactory, PageSizedResponseWriters>();
        // Spanish and any other language stay readable UTF-8 in the page instead of becoming numeric entities.
        services.Configure<WebEncoderOptions>(options => options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddProblemDetails();
        services.AddOpenApi();
        services.AddSingleton<UiText>();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            // Read-only shared cultures: the middleware hands a read-only culture to each request as it is, where it would
            // clone a writable one, and every clone reads its number and date formats from ICU again on first use.
            var cultures = Languages.All.Select(CultureInfo.GetCultureInfo).ToList();
            options.DefaultRequestCulture = new RequestCulture(Languages.Default);
            options.SupportedCultures = cultures;
            options.SupportedUICultures = cultures;
            // The language is part of every page's address (/en/…, /es/…); the API and "/" use the Accept-Language header.
            var results = Languages.All.ToDictionary(l => l, l => Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(l)));
            options.RequestCultureProviders.Insert(0, new CustomRequestCultureProvider(context =>
                Languages.FromPath(context) is { } language ? results[language] : NoLanguageInPath));
        });
        return services;
    }

    private static readonly Task<ProviderCultureResult?> NoLanguageInPath = Task.FromResult<ProviderCultureResult?>(null);

    public static WebApplication UseAvanceWeb(this WebApplication app)
    {
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.UseRouting();
        app.UseRequestLocalization();
        app.UseAvanceAccounts();
        // After authentication: signed-in requests are never answered from, or stored in, the public cache.
        app.UseOutputCache();
        app.MapOpenApi();
        app.MapSiteAssets();
        return app;
    }

    public static WebApplication MapAvancePages(this WebApplication app)
    {
        app.MapRazorPages();
        return app;
    }
}
