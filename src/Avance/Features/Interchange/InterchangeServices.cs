using Avance.Features.Interchange.Export;
using Avance.Features.Interchange.Import;

namespace Avance.Features.Interchange;

public static class InterchangeServices
{
    public static IServiceCollection AddInterchange(this IServiceCollection services)
    {
        services.AddOptions<IatiExportOptions>().BindConfiguration(IatiExportOptions.Section);
        services.AddScoped<IatiImporter>();
        services.AddScoped<IatiExporter>();
        return services;
    }
}
