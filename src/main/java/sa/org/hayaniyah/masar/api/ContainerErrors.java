package sa.org.hayaniyah.masar.api;

import java.util.Map;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * Errors the servlet container answers before Spring MVC sees the request (a form body Tomcat cannot parse, say) go
 * through Spring Boot's error page: they carry the same Arabic message as MVC's own client errors.
 */
@Component
class ContainerErrors extends DefaultErrorAttributes {

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request, options);
		if (attributes.get("status") instanceof Integer status && status >= 400 && status < 500) {
			attributes.put("arabic", ApiProblems.arabic(status));
		}
		return attributes;
	}

}
