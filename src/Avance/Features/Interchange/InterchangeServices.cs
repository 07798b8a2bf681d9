using Avance.Features.Interchange.Import;

namespace Avance.Features.Interchange;

public static class InterchangeServices
{
    public static IServiceCollection AddInterchange(this IServiceCollection services)
    {
        services.AddScoped<IatiImporter>();
        return services;
    }
}
