# Operations: messages sent while the service is degraded
ops-service-down = Sorry, the service is having a problem. We received your message and will handle it automatically once the service is back; no need to send it again. Please try again in a while if there is no answer.
