package sa.org.hayaniyah.masar.api;

import java.io.IOException;

import org.springframework.http.converter.HttpMessageNotReadableException;

import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * A JSON body on a public endpoint is read only up to its limit: a 10 MB field is refused (413) before it is in memory,
 * whether or not the client declared its length.
 */
final class BodyLimit extends HttpServletRequestWrapper {

	static final class TooLarge extends IOException {

		TooLarge(long limit) {
			super("body larger than " + limit + " bytes");
		}

	}

	private final long limit;

	BodyLimit(HttpServletRequest request, long limit) {
		super(request);
		this.limit = limit;
	}

	static boolean exceeded(HttpMessageNotReadableException e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof TooLarge) {
				return true;
			}
		}
		return false;
	}

	@Override
	public ServletInputStream getInputStream() throws IOException {
		ServletInputStream in = super.getInputStream();
		return new ServletInputStream() {

			private long read;

			@Override
			public int read() throws IOException {
				int b = in.read();
				if (b >= 0 && ++read > limit) {
					throw new TooLarge(limit);
				}
				return b;
			}

			@Override
			public int read(byte[] buffer, int offset, int length) throws IOException {
				int n = in.read(buffer, offset, length);
				if (n > 0 && (read += n) > limit) {
					throw new TooLarge(limit);
				}
				return n;
			}

			@Override
			public boolean isFinished() {
				return in.isFinished();
			}

			@Override
			public boolean isReady() {
				return in.isReady();
			}

			@Override
			public void setReadListener(ReadListener listener) {
				in.setReadListener(listener);
			}

		};
	}

}
