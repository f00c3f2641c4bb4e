export { usageEndpoint as POST } from '../../../../usage/endpoint'
