using Avance.Data;
using Avance.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Avance.Features.Accounts;

/// <summary>Sign-in with Identity's cookie in the browser, personal access tokens on the API, one policy per permission.</summary>
public static class AccountServices
{
    private const string Scheme = "Avance";
    private const string AuthenticationMiddlewareSet = "__AuthenticationMiddlewareSet";
    public const string PasswordLinkLifetimeSetting = "Avance:Accounts:PasswordLinkLifetime";
    public const string KeysFolderSetting = "Avance:Accounts:KeysFolder";

    public static IServiceCollection AddAvanceAccounts(this IServiceCollection services)
    {
        services.AddIdentityCore<AvanceUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length over character classes: a long passphrase is both stronger and easier to remember.
                options.Password.RequiredLength = 12;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                options.Lockout.AllowedForNewUsers = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AvanceDb>()
            .AddSignInManager()
            .AddDefaultTokenProviders()
            .AddErrorDescriber<LocalisedIdentityErrors>()
            .AddClaimsPrincipalFactory<AvanceClaimsFactory>();
        // How long a link to choose a password works (Avance:Accounts:PasswordLinkLifetime, default one day).
        services.AddOptions<DataProtectionTokenProviderOptions>().Configure<IConfiguration>((options, configuration) =>
            options.TokenLifespan = configuration.GetValue(PasswordLinkLifetimeSetting, TimeSpan.FromDays(1)));
        // A session re-reads its account every minute: a new role applies, and a locked account or a changed password
        // ends other sessions, within a minute.
        services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.FromMinutes(1));
        services.AddScoped<PasswordLinkMails>();
        // Sessions, antiforgery tokens and password links are signed with these keys: kept beside the data, they
        // survive a restart or a new release, so nobody is signed out and no emailed link stops working.
        services.AddDataProtection().SetApplicationName("Avance");
        services.AddOptions<KeyManagementOptions>().Configure<IConfiguration, ILoggerFactory>((options, configuration, logging) =>
            options.XmlRepository = new FileSystemXmlRepository(
                new DirectoryInfo(configuration.GetValue(KeysFolderSetting, "./data/keys")!), logging));

        services.AddAuthentication(options =>
            {
                options.DefaultScheme = Scheme;
                options.DefaultChallengeScheme = Scheme;
            })
            .AddPolicyScheme(Scheme, null, options => options.ForwardDefaultSelector = context =>
                TokenAuthenticationHandler.BearerToken(context.Request) is null ? IdentityConstants.ApplicationScheme : TokenAuthenticationHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, TokenAuthenticationHandler>(TokenAuthenticationHandler.SchemeName, null)
            .AddIdentityCookies();
        services.ConfigureApplicationCookie(options =>
        {
            options.Cookie.Name = "avance.session";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(8);
            options.SlidingExpiration = true;
            options.Events.OnRedirectToLogin = context => Challenge(context, StatusCodes.Status401Unauthorized,
                $"/{Languages.FromPath(context.HttpContext) ?? Languages.Default}/account/login");
            options.Events.OnRedirectToAccessDenied = context => Challenge(context, StatusCodes.Status403Forbidden, null);
        });

        services.AddAuthorization(options =>
        {
            foreach (var permission in Permissions.All)
                options.AddPolicy(permission, policy => policy.RequireAuthenticatedUser().RequireClaim(AvanceClaims.Permission, permission));
        });
        services.AddSingleton(TimeProvider.System);
        return services;
    }

    public static WebApplication UseAvanceAccounts(this WebApplication app)
    {
        var session = app.Services.GetRequiredService<IOptionsMonitor<CookieAuthenticationOptions>>()
            .Get(IdentityConstants.ApplicationScheme).Cookie.Name!;
        // Most requests are anonymous readers of public pages. Without a session cookie or an Authorization header no
        // scheme could find anyone, so the handlers are not even created; the reader stays anonymous either way, and
        // a page or API that requires an account still challenges through the authorisation middleware.
        app.UseWhen(context => CarriesCredentials(context.Request, session), signedIn => signedIn.UseAuthentication());
        // The web host adds authentication for every request in front of the pipeline unless the application has added
        // it itself; it looks for this marker, which UseAuthentication sets on the branch only.
        ((IApplicationBuilder)app).Properties[AuthenticationMiddlewareSet] = true;
        app.UseAuthorization();
        return app;
    }

    /// <summary>Whether the request carries anything a scheme reads: Identity's session cookie (chunked or not) or an Authorization header.</summary>
    internal static bool CarriesCredentials(HttpRequest request, string sessionCookie) =>
        request.Headers.Authorization.Count > 0
        || (request.Headers.Cookie.Count > 0 && request.Cookies.ContainsKey(sessionCookie));

    /// <summary>
    /// The API answers 401/403 with ProblemDetails; a page asking for sign-in goes to the login page of its language,
    /// and a page the account may not see shows the 403 page.
    /// </summary>
    private static Task Challenge(RedirectContext<CookieAuthenticationOptions> context, int status, string? loginPath)
    {
        var request = context.Request;
        if (loginPath is null || request.Path.StartsWithSegments("/api"))
        {
            context.Response.StatusCode = status;
            return Task.CompletedTask;
        }
        var returnUrl = request.PathBase + request.Path + request.QueryString;
        context.Response.Redirect($"{loginPath}?returnUrl={Uri.EscapeDataString(returnUrl)}");
        return Task.CompletedTask;
    }
}
