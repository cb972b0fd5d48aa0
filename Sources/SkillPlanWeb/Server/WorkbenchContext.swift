import Hummingbird

/// The request context of the workbench: Hummingbird's core context, the body limit
/// and the request's CSRF token (from its cookie, or new).
public struct WorkbenchContext: RequestContext {
    /// Hummingbird's core context.
    public var coreContext: CoreRequestContextStorage
    /// The CSRF token forms of this response carry (the `skillplan_csrf` cookie's value).
    public var csrfToken = ""

    /// A context for a request.
    public init(source: ApplicationRequestContextSource) {
        self.coreContext = .init(source: source)
    }

    /// Bodies above 10 MiB are refused with 413.
    public var maxUploadSize: Int { WorkbenchSettings.maxBodyBytes }
}
