// The add-in's pages set zod up for their Content-Security-Policy as the web page does (front/csp.ts).
import '../front/csp';
